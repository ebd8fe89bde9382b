/**
 * A {@link cn.shuangyong.beneficiaries.PersonRule} as SQL over {@code beneficiaries.person p}, inside a data scope:
 * the one place where the registry's query for neighbours and the visit campaigns' drawing turn a rule into rows.
 * Internal to the registry; other modules ask {@link cn.shuangyong.beneficiaries.PeopleQuery}.
 */
package cn.shuangyong.beneficiaries.matching;
