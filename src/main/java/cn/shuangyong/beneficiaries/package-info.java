/**
 * The people and households entitled to preferential treatment (优抚对象): who they are, their categories, honour
 * plaques, merit notices and visits. Personal data such as the ID number is kept in its own masked types.
 * <p>
 * Owns the schema {@code beneficiaries}. Other code writes people only through {@link cn.shuangyong.beneficiaries.Registry}
 * (or, for the bulk import, straight into {@code beneficiaries.person} with the same encryption contexts, see
 * {@link cn.shuangyong.beneficiaries.PersonalField#context}); the roll-ups ({@code person_count}, {@code county_total},
 * per place {@code place_total}, {@code place_count} through {@code place_refresh(areas)}) are kept by triggers whatever
 * way rows arrive. Reading goes through {@link cn.shuangyong.beneficiaries.Beneficiaries},
 * {@link cn.shuangyong.beneficiaries.RegistryStats} and {@link cn.shuangyong.beneficiaries.Disclosure}, always within the
 * user's data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "优抚对象")
package cn.shuangyong.beneficiaries;
