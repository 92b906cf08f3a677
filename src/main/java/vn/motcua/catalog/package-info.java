/**
 * The catalogue: agencies in a tree whose levels are data, fields (lĩnh vực), and procedures whose
 * versioned metadata arrives with their process resources.
 */
@ApplicationModule(displayName = "Catalogue")
package vn.motcua.catalog;

import org.springframework.modulith.ApplicationModule;
