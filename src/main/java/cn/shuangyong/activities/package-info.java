/**
 * 双拥活动 (activities): what units do with the troops — visits to troops in hard posts, open barracks days, law for
 * the barracks, galas, joint civil-military creation — recorded with their kind, date, place, organiser and
 * participating units, the troops visited (by public name), what was given and its value, links to photos and
 * reports, and the plan item they answer. The kinds are data the provincial office keeps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "双拥活动",
		allowedDependencies = {"audit", "directory", "plans", "shared", "supervision"})
package cn.shuangyong.activities;
