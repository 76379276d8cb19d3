/** One language's files as one translation: `<lang>/cases.json` becomes the top-level key `cases`. */
export function translationOf(files: Record<string, { default: Record<string, unknown> }>): Record<string, unknown> {
  const translation: Record<string, unknown> = {};
  for (const [path, module] of Object.entries(files)) {
    const name = /\/([^/]+)\.json$/.exec(path)?.[1];
    if (name) translation[name] = module.default;
  }
  return translation;
}
