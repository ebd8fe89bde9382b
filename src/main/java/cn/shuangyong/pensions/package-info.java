/**
 * 抚恤 (pensions): the standards by date that disability pensions, periodic pensions and living allowances are paid
 * at. A standard is published with its effective date and is never edited: a newer one replaces it. Ratings, pension
 * accounts and the monthly payment rolls build on these standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "抚恤",
		allowedDependencies = {"audit", "beneficiaries", "directory", "documents::writing", "shared"})
package cn.shuangyong.pensions;
