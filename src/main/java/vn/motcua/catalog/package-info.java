/**
 * The catalogue: agencies in a tree whose levels are data, fields (lĩnh vực), and procedures whose
 * versioned metadata arrives with their process resources.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package vn.motcua.catalog;
