package cn.shuangyong.employment;

/** Who offers a post. */
public enum PostKind {

	/** 机关事业单位: a post set aside for military spouses under the placement policy. */
	SET_ASIDE,
	/** 国有企业. */
	STATE_OWNED,
	/** 民营企业, usually met at a job fair; named by the employer's name, not a directory unit. */
	PRIVATE;

	public String messageKey() {
		return "employment.postKind." + name();
	}
}
