export * from './bank';
export * from './categories';
export * from './messages';
export * from './signing';
