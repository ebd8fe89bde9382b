/**
 * 军人依法优先 inspections: the sectors' checklists as dated editions whose items cite the clause they rest on
 * (军人地位和权益保障法 Arts. 51, 57, 60, 61; 军人抚恤优待条例 2019 Art. 36 and 2024 Art. 52; 兵役法 2021 Art. 49),
 * the service places under inspection, and a campaign per year and level: the responsible departments' self-checks,
 * the office's spot checks (drawn with a recorded seed, or chosen by hand) and the findings, each failed one put right
 * as a supervision task of the place's department.
 */
@org.springframework.modulith.ApplicationModule(displayName = "军人依法优先",
		allowedDependencies = {"audit", "directory", "documents::writing", "shared", "supervision"})
package cn.shuangyong.priority;
