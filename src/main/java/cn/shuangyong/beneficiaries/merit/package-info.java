/**
 * Merit notices (立功喜报) under 《立功受奖军人家庭送喜报工作办法》(2020): awards of 三等功 and above, registered within two
 * working days of receipt, delivered with ceremony at the level the award calls for.
 */
package cn.shuangyong.beneficiaries.merit;
