// Browser only: a page module's elements, looked up once at its top. A
// missing one (a renamed id) fails naming the id, not as "null" later.

/** The element with this id, of this type. */
export function requireElement<T extends HTMLElement = HTMLElement>(id: string, type?: new () => T): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id}: no such element on ${location.pathname}`);
  if (type && !(element instanceof type)) throw new Error(`#${id}: a <${element.tagName.toLowerCase()}>, not the element the script expects`);
  return element as T;
}

/** What an element built here holds: other nodes and text. */
export type Child = Node | string;
export const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** An HTML element with attributes and children: the one builder of script-made DOM (search results, concordance, trends). */
export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** An SVG element likewise (the charts). */
export function svg(tag: string, attributes: Record<string, string | number>, ...children: Child[]): SVGElement {
  const element = document.createElementNS(SVG_NAMESPACE, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}
