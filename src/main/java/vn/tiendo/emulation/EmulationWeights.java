package vn.tiendo.emulation;

/**
 * The weights of a programme's emulation score (trọng số thi đua), each 0–100; their sum need not be 100 (the score
 * divides by the sum of the weights of the criteria that apply). Defaults 40 / 20 / 25 / 15.
 */
public record EmulationWeights(int onTime, int overdue, int indicators, int timeliness) {

    public static final EmulationWeights DEFAULT = new EmulationWeights(40, 20, 25, 15);

    public EmulationWeights {
        for (int w : new int[] {onTime, overdue, indicators, timeliness}) {
            if (w < 0 || w > 100) {
                throw new IllegalArgumentException("Trọng số thi đua phải từ 0 đến 100 (nhận được " + w + ")");
            }
        }
        if (onTime + overdue + indicators + timeliness == 0) {
            throw new IllegalArgumentException("Cần ít nhất một trọng số thi đua lớn hơn 0");
        }
    }
}
