package cn.shuangyong.beneficiaries.plaques;

/** The ground on which a household qualifies (国办发〔2018〕72号 Art. 2). */
public enum PlaqueBasis {
	/** 三属: 烈士、因公牺牲军人、病故军人遗属. */
	BEREAVED("三属家庭"),
	/** 现役军人家庭 (军属). */
	MILITARY("现役军人（军属）家庭"),
	/** 退役军人家庭. */
	VETERAN("退役军人家庭"),
	/** Approved application of a family member without a certificate (依申请). */
	APPLICATION("依申请认定");

	private final String label;

	PlaqueBasis(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
