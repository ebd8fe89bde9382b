/**
 * The quantitative targets of plan items and their counting by prefecture. Other modules read the targets and may
 * count some of them from their own records ({@link cn.shuangyong.supervision.targets.TargetTally}).
 */
@org.springframework.modulith.NamedInterface("targets")
package cn.shuangyong.supervision.targets;
