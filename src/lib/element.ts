// Browser only: a page module's elements, looked up once at its top. A
// missing one (a renamed id) fails naming the id, not as "null" later.

/** The element with this id, of this type. */
export function requireElement<T extends HTMLElement = HTMLElement>(id: string, type?: new () => T): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id}: no such element on ${location.pathname}`);
  if (type && !(element instanceof type)) throw new Error(`#${id}: a <${element.tagName.toLowerCase()}>, not the element the script expects`);
  return element as T;
}
