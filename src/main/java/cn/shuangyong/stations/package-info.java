/**
 * 军供站 and the 五有 service network. Military supply stations with their capacity and the supply tasks they serve
 * for troops in transit (工作要点: 军供保障, 安全、保密、高效、及时: a task is seen only by its station, its office
 * and the requesting unit); and the 五有 standard (有机构、有编制、有人员、有经费、有保障, the national wording, Xinhua
 * 2020-12-15) of every office and service centre or station down to the village, with coverage by level.
 */
@org.springframework.modulith.ApplicationModule(displayName = "军供站与服务保障体系",
		allowedDependencies = {"audit", "directory", "shared"})
package cn.shuangyong.stations;
