/**
 * School places for soldiers' and martyrs' children (子女入学优待): a family applies through the military liaison or the
 * office for a stage and on a basis; the entitlement that basis gives at that stage comes from dated rule data with its
 * source (军人地位和权益保障法 Art. 55 from 2021-08-01; the rules before it, unverified); the county 教育局 decides
 * within a time limit, the family may ask the prefecture's once for review, and a case still open near the start of
 * term is red.
 */
@org.springframework.modulith.ApplicationModule(displayName = "子女入学优待",
		allowedDependencies = {"audit", "directory", "privacy", "shared", "supervision"})
package cn.shuangyong.schooling;
