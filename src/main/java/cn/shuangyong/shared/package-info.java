/**
 * The few types every module shares: the business date, whether the platform runs in demo mode, and the signed-in
 * user with their data scope ({@link cn.shuangyong.shared.DataScope}, bound into every scoped query) and the
 * permissions their role grants ({@link cn.shuangyong.shared.Permission}). Roles stay in accounts, which also names
 * the person and unit behind a login name for the histories other modules show ({@link cn.shuangyong.shared.People}).
 * Also the everyday mechanics every module uses the same way: the one file store ({@code files}), the order and
 * once-only run of the modules' demo seeders ({@code demo}), downloads and the menu entries modules declare
 * ({@code web}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "公共", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.shuangyong.shared;
