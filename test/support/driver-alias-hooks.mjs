// Module resolution hooks (registered by run-source.mjs): a bare name in the alias map is resolved as
// the package it names.
let alias = {};

export function initialize(data) {
  alias = data;
}

export async function resolve(specifier, context, next) {
  return next(Object.hasOwn(alias, specifier) ? alias[specifier] : specifier, context);
}
