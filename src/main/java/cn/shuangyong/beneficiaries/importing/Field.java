package cn.shuangyong.beneficiaries.importing;

import java.util.List;

/** The columns an import reads, each under its standard heading and the other headings offices write for it. */
enum Field {

	NAME("姓名", true, List.of("名字")),
	ID_NUMBER("公民身份号码", true, List.of("身份证号", "身份证号码", "身份证", "公民身份证号码", "身份证件号码")),
	CATEGORIES("优抚类别", true, List.of("人员类别", "优抚对象类别", "类别")),
	REGION("行政区划代码", true, List.of("区划代码", "行政区划")),
	PHONE("联系电话", false, List.of("手机号码", "手机号", "电话", "电话号码", "联系方式")),
	ADDRESS("现住址", false, List.of("家庭住址", "住址", "居住地址", "地址")),
	HEAD_ID("户主公民身份号码", false, List.of("户主身份证号", "户主身份证号码", "户主身份证"));

	private final String heading;

	private final boolean required;

	private final List<String> synonyms;

	Field(String heading, boolean required, List<String> synonyms) {
		this.heading = heading;
		this.required = required;
		this.synonyms = synonyms;
	}

	String heading() {
		return heading;
	}

	boolean required() {
		return required;
	}

	List<String> synonyms() {
		return synonyms;
	}

	boolean answersTo(String normalisedHeading) {
		return heading.equals(normalisedHeading) || synonyms.contains(normalisedHeading);
	}
}
