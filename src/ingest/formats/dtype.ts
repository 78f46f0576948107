/** pandas' names for a text column's dtype. */
export function isStringDtype(dtype: string): boolean {
  return ["str", "string", "object"].includes(dtype);
}
