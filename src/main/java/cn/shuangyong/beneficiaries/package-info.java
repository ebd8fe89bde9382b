/**
 * The people and households entitled to preferential treatment (优抚对象): who they are, their categories, honour
 * plaques, merit notices and visits. Personal data is kept encrypted and shown masked; the ID number's type,
 * {@link cn.shuangyong.privacy.IdNumber}, is privacy's.
 * <p>
 * Owns the schema {@code beneficiaries}. Other code writes people only through {@link cn.shuangyong.beneficiaries.Registry}
 * (or, for the bulk import, straight into {@code beneficiaries.person} with the same encryption contexts, see
 * {@link cn.shuangyong.beneficiaries.PersonalField#context}); the roll-ups ({@code person_count}, {@code county_total},
 * per place {@code place_total}, {@code place_count} through {@code place_refresh(areas)}) are kept by triggers whatever
 * way rows arrive. Reading goes through {@link cn.shuangyong.beneficiaries.Beneficiaries},
 * {@link cn.shuangyong.beneficiaries.RegistryStats} and {@link cn.shuangyong.beneficiaries.Disclosure}, always within the
 * user's data scope.
 * <p>
 * For its neighbours (pensions, placement, …) the registry offers one query, {@link cn.shuangyong.beneficiaries.PeopleQuery}
 * with a {@link cn.shuangyong.beneficiaries.PersonRule}, and publishes {@link cn.shuangyong.beneficiaries.PersonRegistered},
 * {@link cn.shuangyong.beneficiaries.PersonMoved}, {@link cn.shuangyong.beneficiaries.PersonCategoriesChanged},
 * {@link cn.shuangyong.beneficiaries.PersonDied} and {@link cn.shuangyong.beneficiaries.PeopleImported}. No other module
 * names its tables ({@code RegistryTablesTest}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "优抚对象",
		allowedDependencies = {"audit", "calendar", "directory", "documents::writing", "privacy", "shared"})
package cn.shuangyong.beneficiaries;
