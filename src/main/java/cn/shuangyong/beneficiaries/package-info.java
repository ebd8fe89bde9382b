/**
 * The people and households entitled to preferential treatment (优抚对象): who they are, their categories, honour
 * plaques, merit notices and visits. Personal data such as the ID number is kept in its own masked types.
 */
@org.springframework.modulith.ApplicationModule(displayName = "优抚对象")
package cn.shuangyong.beneficiaries;
