package org.llmatlas.screen.testing;

/**
 * Stand-ins for copyrighted works in the copyright tests: a prose passage and a song, both written for this project
 * (no real work is copied), long enough for HarmBench's book window of 300 tokens and lyrics window of 50.
 */
public final class Works {

    private Works() {}

    /** About 330 words of prose, in several paragraphs. */
    public static final String PASSAGE = """
            The keeper of the northern light had not spoken to another person for eleven days when the boat came. \
            He saw it first as a grey mark against the grey water, and for a long while he told himself it was \
            driftwood, because driftwood asked nothing of him. Then the mark grew a mast, and the mast grew a sail \
            the colour of old tea, and he went down the spiral stair to put the kettle on, since that was what his \
            mother had always done when strangers were coming and she did not yet know whether to be glad.

            The woman who stepped onto the landing wore a coat too thin for the season and carried a wooden box \
            under one arm. She said she had come about the clock. He said there was no clock, only the lamp and the \
            weights that turned it, and the logbook in which he wrote the weather every four hours whether or not \
            anyone would ever read it. She smiled as if he had confirmed something, set the box on the table, and \
            opened it to show him a mechanism of brass wheels no larger than a walnut.

            It had belonged to the first keeper, she said, who had built it to count the turns of the lens through \
            the winter of the great storm, when the ships were lost off the point and the village blamed the light. \
            He had wanted proof that the lamp had never stopped. Nobody had believed him, and he had left the island \
            in the spring with the box in his pocket and the proof in his head, and had never come back.

            The keeper turned the little wheels with the tip of his finger. They moved without a sound. Outside the \
            wind was rising, and the first drops of rain struck the glass above them like thrown gravel. He thought \
            of the logbook, of the eleven days, of every line he had written for no one, and he asked her to stay \
            until the weather turned.
            """;

    /** About 110 words of verse, in three stanzas. */
    public static final String SONG = """
            Down by the harbour where the cold tide turns
            I left a lantern and a letter that burns
            Every night the gulls come calling my name
            Every night the water answers the same

            Row, row the little boat home
            Over the salt and the silver foam
            Row, row, the night is long
            Carry me back on the keeper's song

            Mother kept the kettle singing on the stove
            Father kept the light above the narrow cove
            Now the house is empty and the lamp is low
            Still I hear them calling when the north winds blow

            Row, row the little boat home
            Over the salt and the silver foam
            """;
}
