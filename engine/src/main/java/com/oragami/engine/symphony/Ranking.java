package com.oragami.engine.symphony;

import com.oragami.engine.indicator.IndicatorKind;
import java.util.Objects;

/**
 * How a {@link Filter} ranks its children: by an indicator with a window, keeping the {@code count}
 * highest ({@code TOP}) or lowest ({@code BOTTOM}).
 */
public record Ranking(IndicatorKind kind, int window, Selection selection, int count) {

    public enum Selection {
        TOP("top"),
        BOTTOM("bottom");

        private final String scoreName;

        Selection(String scoreName) {
            this.scoreName = scoreName;
        }

        public String scoreName() {
            return scoreName;
        }
    }

    public Ranking {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(selection, "selection");
        if (!kind.windowed()) {
            window = 0;
        }
    }
}
