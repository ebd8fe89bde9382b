package cn.shuangyong.consultations;

/** Which of the five mechanisms a meeting belongs to. */
public enum MeetingKind {

	/** 专题协商: one matter, settled between the military and local sides. */
	TOPIC,
	/** 工作会商: the regular working consultation of the leading group's members. */
	WORK,
	/** 区域协调: several regions coordinating across their borders. */
	REGIONAL;

	public String messageKey() {
		return "consultations.kind." + name();
	}
}
