import styles from './Emblem.module.css';

/** The platform's seal, drawn in CSS: a gold-ringed red disc bearing 执. */
export function Emblem({ size }: { size: number }) {
  return (
    <span className={styles.emblem} style={{ width: size, height: size, fontSize: size * 0.5 }} aria-hidden>
      执
    </span>
  );
}
