package cn.shuangyong.shared;

import java.util.Collection;
import java.util.Map;

/**
 * Who did something, as a page names them. Records keep the login name of whoever acted (a task's timeline, a report,
 * a campaign's history); a page shows the person and their unit, "王某（某厅）", not {@code tuiyi}. The
 * accounts module answers; modules that show histories ask through this, since they do not depend on accounts.
 */
public interface People {

	/**
	 * The person and unit of each login name that belongs to an account. Names of no account (a system job, the
	 * demo seeder) are left out, and pages show them as recorded. The map answers any key, null included.
	 */
	Map<String, String> named(Collection<String> usernames);
}
