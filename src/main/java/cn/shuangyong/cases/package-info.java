/**
 * 矛盾问题攻坚化解: the grievance cases of veterans and beneficiaries, from a petition (信访), a hotline call, a visit, a
 * letter or a leader's instruction, to closure. A case has its person (taken from the registry through its
 * published API, {@code PeopleQuery} and {@code Registry}, where they are in it; otherwise ID number and phone
 * encrypted and masked the way the registry keeps them, through {@code privacy}), a category, a handling unit that
 * works it as a supervision task, time limits, a leader for 攻坚 cases, a timeline of steps, and closure with the resolution, the person's
 * satisfaction and the review; 不满意 reopens a case once, for the higher office's review.
 * <p>
 * The default limits (accept or refuse in 15 days, answer in 60, one extension of up to 30) are the common 信访 rhythm;
 * the platform's sources give no clause for them, so they are settings and marked unverified.
 */
@org.springframework.modulith.ApplicationModule(displayName = "矛盾问题化解",
		allowedDependencies = {"audit", "beneficiaries", "directory", "privacy", "shared", "supervision"})
package cn.shuangyong.cases;
