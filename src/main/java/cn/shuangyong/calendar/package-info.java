/**
 * The calendar of supervision: working days, official holidays and the time nodes of work plans turned into deadlines.
 */
package cn.shuangyong.calendar;
