/**
 * 抚恤 (pensions): the standards by date that disability pensions, periodic pensions and living allowances are paid
 * at. A standard is published with its effective date and is never edited: a newer one replaces it. Disability ratings
 * ({@code rating}: the chain from the county's application to the province's approval, its 公示 and tasks), pension
 * accounts and the monthly payment rolls build on these standards.
 */
@org.springframework.modulith.ApplicationModule(displayName = "抚恤",
		allowedDependencies = {"audit", "beneficiaries", "calendar", "directory", "documents", "documents::publicnotice",
				"documents::writing", "shared", "supervision"})
package cn.shuangyong.pensions;
