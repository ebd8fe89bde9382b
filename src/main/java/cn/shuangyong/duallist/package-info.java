/**
 * 双清单 (the double lists): what the military side needs from local government and the local side from the military,
 * and the practical matters each commits to, per office and year through the yearly cycle. Each accepted entry is
 * followed as a supervision task and closes with the asking side's feedback and rating.
 */
@org.springframework.modulith.ApplicationModule(displayName = "双清单",
		allowedDependencies = {"audit", "directory", "documents::writing", "shared", "supervision"})
package cn.shuangyong.duallist;
