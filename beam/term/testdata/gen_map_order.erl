%% Records the iteration order of maps of more than 32 keys on the local
%% Erlang/OTP (25) into map_order_otp25.txt, for map_order_test.go.
%% Run from this folder:  escript gen_map_order.erl
%% Each line: a case name, a space, and the hex of
%% term_to_binary(maps:keys(Map)) for the case's map.
-module(gen_map_order).
-mode(compile).
-export([main/1]).

main(_) ->
    rand:seed(exsss, {20, 26, 11}),
    Cases = cases(),
    {ok, F} = file:open("map_order_otp25.txt", [write]),
    lists:foreach(fun({Name, Keys}) ->
        M = maps:from_list([{K, 1} || K <- Keys]),
        Ks = maps:keys(M),
        %% maps:fold walks a hash trie (more than 32 keys) the other
        %% way round, a flat map the same way.
        Fold = lists:reverse(maps:fold(fun(K, _, A) -> [K | A] end, [], M)),
        Fold = case map_size(M) > 32 of
                   true -> lists:reverse(Ks);
                   false -> Ks
               end,
        io:format(F, "~s ~s~n", [Name, binary:encode_hex(term_to_binary(Ks))])
    end, Cases),
    file:close(F).

seq(A, B) -> lists:seq(A, B).
rint(N) -> rand:uniform(N).
rbytes(N) -> << <<(rint(256) - 1)>> || _ <- seq(1, N) >>.
word(N) -> [ $a + rint(26) - 1 || _ <- seq(1, N)].

%% A random key of any type the hash reproduces, nested up to depth D.
rkey(0) -> rscalar();
rkey(D) ->
    case rint(8) of
        1 -> list_to_tuple([rkey(D - 1) || _ <- seq(1, rint(3) - 1)]);
        2 -> [rkey(D - 1) || _ <- seq(1, rint(4) - 1)];
        3 -> maps:from_list([{rkey(D - 1), rkey(D - 1)} || _ <- seq(1, rint(3))]);
        _ -> rscalar()
    end.

rscalar() ->
    case rint(9) of
        1 -> rint(100);
        2 -> rint(1 bsl 62) - (1 bsl 61);
        3 -> (rint(1 bsl 90) - (1 bsl 89));
        4 -> rand:uniform() * 1000 - 500;
        5 -> list_to_binary(word(rint(12)));
        6 -> rbytes(rint(20));
        7 -> <<(rint(1000)):(rint(20))>>;
        8 -> word(rint(6));
        9 -> lists:nth(rint(5), [true, false, nil, undefined, error])
    end.

random_cases() ->
    [{"random_mixed_" ++ integer_to_list(I), [rkey(rint(3)) || _ <- seq(1, 33 + rint(300))]}
     || I <- seq(1, 40)].

cases() ->
    random_cases() ++ fixed_cases().

fixed_cases() ->
    [{"ints_1_33", seq(1, 33)},
     {"ints_1_40", seq(1, 40)},
     {"ints_1_100", seq(1, 100)},
     {"ints_1_1000", seq(1, 1000)},
     {"ints_neg_50_50", seq(-50, 50)},
     {"ints_0_255_squares", [I * I || I <- seq(0, 255)]},
     {"ints_random_small", [rint(1 bsl 40) - (1 bsl 39) || _ <- seq(1, 200)]},
     {"ints_small_edge", [(1 bsl 59) + D || D <- seq(-20, 20)] ++ [-(1 bsl 59) + D || D <- seq(-20, 20)]},
     {"ints_int64_edge", [(1 bsl 63) + D || D <- seq(-20, 20)] ++ [-(1 bsl 63) + D || D <- seq(-20, 20)]},
     {"bigints", [rint(1 bsl 200) * (rint(2) * 2 - 3) || _ <- seq(1, 60)] ++ [1 bsl (64 + I) || I <- seq(0, 40)]},
     {"floats_halves", [I * 0.5 || I <- seq(1, 60)]},
     {"floats_random", [(rand:uniform() - 0.5) * 1.0e6 || _ <- seq(1, 100)] ++ [0.0, 1.0e300, -1.0e-300]},
     {"ints_and_floats", seq(1, 30) ++ [float(I) || I <- seq(1, 30)]},
     {"binaries_words", [list_to_binary(word(rint(10))) || _ <- seq(1, 150)]},
     {"binaries_lengths", [rbytes(L) || L <- seq(0, 40)] ++ [rbytes(L) || L <- seq(0, 40)]},
     {"binaries_letters", [<<C>> || C <- seq($a, $z) ++ seq($A, $Z) ++ seq($0, $9)] ++ [<<" ">>, <<",">>, <<"é"/utf8>>, <<"日"/utf8>>]},
     {"binaries_long", [rbytes(100 + rint(300)) || _ <- seq(1, 40)]},
     {"bitstrings", [<<(rint(1 bsl 20)):(rint(30))>> || _ <- seq(1, 80)]},
     {"charlists", [word(rint(9)) || _ <- seq(1, 60)] ++ [[]]},
     {"lists_mixed", [[rint(1000), rint(3)] || _ <- seq(1, 30)] ++ [[rint(300) | rint(300)] || _ <- seq(1, 30)]
                     ++ [[[rint(5)], <<"x">>, 1.5] || _ <- seq(1, 10)] ++ [[-1, 256, 255, 0] , [1, 2, 3, 4, 5, 6, 7, 8, 9]]},
     {"tuples", [{I, I * 2} || I <- seq(1, 40)] ++ [{}, {{}}, {<<"a">>, [1]}, {1.5, -3}]},
     {"tuples_words", [{list_to_binary(word(5)), rint(100)} || _ <- seq(1, 50)]},
     {"small_maps", [#{I => I * 3} || I <- seq(1, 30)] ++ [#{}, #{<<"k">> => [1, 2]}, #{1 => 2, 3 => 4, 5.0 => {}}]},
     {"big_maps_as_keys", [maps:from_list([{J, J} || J <- seq(I, I + 40 + I)]) || I <- seq(1, 35)]},
     %% Atoms hash by their index in the VM's atom table: these are
     %% created at boot, at the same index in every program.
     {"atoms_known", seq(1, 60) ++ [true, false, nil, error, undefined, infinity, all, id, name, type, value]},
     {"atoms_in_keys", [{A, I} || A <- [true, false, nil, error, undefined], I <- seq(1, 10)] ++ [[nil], {true}]},
     {"mixed", seq(1, 10) ++ [I * 1.25 || I <- seq(1, 10)] ++ [list_to_binary(word(4)) || _ <- seq(1, 10)]
               ++ [{I} || I <- seq(1, 10)] ++ [[I] || I <- seq(1, 10)] ++ [1 bsl 70, -(1 bsl 70), <<1:5>>, [], {}, #{}]}
    ].
