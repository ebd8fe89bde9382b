/**
 * What the three honour lines share: who may see and change a household's honours (data scope and permissions), the
 * photos of hangings and ceremonies, the roll-ups that keep coverage exact, and the demo data.
 */
package cn.shuangyong.beneficiaries.honours;
