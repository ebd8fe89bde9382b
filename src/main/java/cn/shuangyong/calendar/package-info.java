/**
 * The calendar of supervision: working days, official holidays and the time nodes of work plans turned into deadlines.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package cn.shuangyong.calendar;
