package org.examcommit.registration.candidate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Registration photo settings.
 *
 * @param maxSize the largest accepted upload (default 2MB; a 295x413 JPEG is usually 20-100 KB).
 *     Multipart uploads are also bounded by {@code spring.servlet.multipart.max-file-size}, which
 *     application.yml sets to this value.
 */
@ConfigurationProperties("examcommit.photo")
public record PhotoProperties(DataSize maxSize) {

    public PhotoProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(2) : maxSize;
    }
}
