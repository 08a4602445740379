// tl.models: the catalog of named pre-trained models.
export { list, registerModel, unregisterModel, catalogEntry as get, type Catalog, type CatalogEntry, type CatalogRow } from './catalog';
