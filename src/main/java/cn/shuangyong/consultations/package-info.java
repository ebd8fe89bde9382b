/**
 * The meetings of the five mechanisms: 专题协商 (topic consultations), 工作会商 (working consultations) and 区域协调
 * (regional coordination), with their agenda, participating units, minutes and decisions; each decision is followed
 * as a supervision task linked back to its meeting.
 */
@org.springframework.modulith.ApplicationModule(displayName = "协商会商",
		allowedDependencies = {"audit", "directory", "shared", "supervision"})
package cn.shuangyong.consultations;
