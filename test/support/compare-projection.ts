/**
 * Differences between an expected §6 document and an actual one: money within 0.011,
 * population within 0.000002, model, members and break-even exactly; warnings and extra
 * fields are not compared.
 */
export function projectionDifferences(expected: unknown, actual: unknown, path = ''): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected a list of ${expected.length}`];
    return expected.flatMap((e, i) => projectionDifferences(e, actual[i], `${path}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return [`${path}: expected an object`];
    return Object.entries(expected).flatMap(([k, v]) => {
      if (k === 'warnings') return [];
      if (!(k in actual)) return [`${path}.${k}: missing`];
      return projectionDifferences(v, (actual as Record<string, unknown>)[k], `${path}.${k}`);
    });
  }
  const exact = path.endsWith('break_even_year') || path.includes('.years[');
  if (typeof expected === 'number' && !exact) {
    const tolerance = path.includes('.population') ? 0.000002 : 0.011;
    return typeof actual === 'number' && Math.abs(expected - actual) <= tolerance ? [] : [`${path}: expected ${expected}, got ${String(actual)}`];
  }
  return expected === actual ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
