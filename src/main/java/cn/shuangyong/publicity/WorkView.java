package cn.shuangyong.publicity;

/** A work as lists and pages show it: the author unit by name and the item by its number. */
public record WorkView(Work work, String authorName, String itemLabel) {

	public long id() {
		return work.id();
	}
}
