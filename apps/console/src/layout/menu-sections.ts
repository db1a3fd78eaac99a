import type { ConsolePage, MenuSection } from "../navigation.tsx";

/** Pages in menu order, gathered by section in the order the sections first appear. */
export function menuSectionsOf<Page extends Pick<ConsolePage, "section">>(
  pages: readonly Page[],
): { section: MenuSection; pages: Page[] }[] {
  const sections = new Map<MenuSection, Page[]>();
  for (const page of pages) {
    const list = sections.get(page.section) ?? [];
    list.push(page);
    sections.set(page.section, list);
  }
  return [...sections].map(([section, grouped]) => ({ section, pages: grouped }));
}
