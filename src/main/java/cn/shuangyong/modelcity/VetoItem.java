package cn.shuangyong.modelcity;

/**
 * 一票否决: an item that, when found to apply, excludes a candidate from the ranking whatever its score. {@code basis}
 * is where the item comes from (or that it is an example still to be checked), for the office that maintains the
 * standard; null when none was written.
 */
public record VetoItem(long id, int position, String text, String basis) {
}
