/**
 * Holiday visits (走访慰问) at 八一 and 春节: campaigns with their target rules, the target lists drawn from the registry,
 * visit records, each station's outstanding list and the distribution rosters with signature columns.
 */
package cn.shuangyong.beneficiaries.visits;
