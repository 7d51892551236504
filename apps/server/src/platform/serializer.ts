/**
 * The response serializer. A route's zod response schema sends only the fields it names: a field a
 * presenter adds but the schema lacks silently disappears, and tsc does not notice. The strict form
 * (tests) refuses such an answer instead, naming what would have been dropped.
 */
import { serializerCompiler } from 'fastify-type-provider-zod';

type Compile = typeof serializerCompiler;

/** The paths of `given` (as JSON would send it) that `sent` lacks. */
export function droppedPaths(given: unknown, sent: unknown, at = ''): string[] {
  if (Array.isArray(given) && Array.isArray(sent)) {
    return given.flatMap((item, i) => droppedPaths(item, sent[i], `${at}[${i}]`));
  }
  if (!isObject(given) || !isObject(sent)) return [];
  return Object.entries(given).flatMap(([key, value]) => {
    const path = at ? `${at}.${key}` : key;
    return key in sent ? droppedPaths(value, sent[key], path) : [path];
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function responseSerializer(strict: boolean): Compile {
  if (!strict) return serializerCompiler;
  return (route) => {
    const serialize = serializerCompiler(route);
    return (data: unknown) => {
      const sent = serialize(data);
      const dropped = droppedPaths(JSON.parse(JSON.stringify(data) ?? 'null'), JSON.parse(sent));
      if (dropped.length > 0) {
        throw new Error(
          `${route.method} ${route.url}: the response schema drops ${dropped.slice(0, 5).join(', ')}`,
        );
      }
      return sent;
    };
  };
}
