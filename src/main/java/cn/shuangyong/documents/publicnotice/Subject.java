package cn.shuangyong.documents.publicnotice;

/**
 * What a 公示 is about: a record of the owning module ({@code "modelcity"} and a campaign's id), with the title the
 * public reads (禄丰市2020年度双拥模范城（县）考评).
 */
public record Subject(String module, long recordId, String title) {

	public Subject {
		if (module == null || !module.matches("[a-z]{2,40}")) {
			throw new IllegalArgumentException("a subject's module is its package name, not " + module);
		}
		if (title == null || title.isBlank() || title.length() > 500) {
			throw new IllegalArgumentException("a subject needs a title of at most 500 characters");
		}
	}
}
