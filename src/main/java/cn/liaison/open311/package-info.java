/**
 * Open311 GeoReport v2 (JSON): the county's opinion categories as services, its published opinions
 * as service requests (public text only, places to about 100 m), and submission by partners' systems
 * with keys that admins issue. Errors on /open311 are GeoReport's array of {code, description}
 * ({@link cn.liaison.open311.rest.GeoReportErrors}). Opinions stay the opinion feature's: this
 * feature reads them through its public board and submits through its submission service.
 */
package cn.liaison.open311;
