package cn.shuangyong.modelcity;

/** A file to send: the name to offer, its media type and its bytes. */
public record Download(String fileName, String mediaType, byte[] content) {
}
