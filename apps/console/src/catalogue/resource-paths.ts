/** Where the catalogue's pages live; one place, so that links and navigation agree. */

export const CATALOGUE_PATH = "/resources";
export const NEW_RESOURCE_PATH = "/resources/new";

export function resourcePath(id: string): string {
  return `${CATALOGUE_PATH}/${id}`;
}

export function resourceEditPath(id: string): string {
  return `${CATALOGUE_PATH}/${id}/edit`;
}

/** The catalogue list showing one provider's resources (after an import: what was just added). */
export function providerCataloguePath(departmentId: string): string {
  return `${CATALOGUE_PATH}?${new URLSearchParams({ providerDepartmentId: departmentId }).toString()}`;
}
