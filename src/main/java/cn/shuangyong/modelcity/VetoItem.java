package cn.shuangyong.modelcity;

/** 一票否决: an item that, when found to apply, excludes a candidate from the ranking whatever its score. */
public record VetoItem(long id, int position, String text) {
}
