/**
 * Honour plaques (光荣牌) under 国办发〔2018〕72号 and 退役军人事务部《光荣牌悬挂服务管理工作规定(试行)》(2019): who is
 * eligible, applications without a certificate, hanging, replacement, revocation with its grounds and restoration.
 */
package cn.shuangyong.beneficiaries.plaques;
