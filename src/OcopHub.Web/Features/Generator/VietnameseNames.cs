namespace OcopHub.Web.Features.Generator;

/// <summary>
/// Parts of realistic Vietnamese names: people (surname frequencies as commonly cited for Vietnam), producers
/// ("Hợp tác xã Nông nghiệp …", "Công ty TNHH …", "Hộ kinh doanh …") and products per 26-2026 set, followed by a
/// place name taken from the real commune or province.
/// </summary>
public static class VietnameseNames
{
    private static readonly Weighted<string> Surnames = new(
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4), ("Vũ", 4),
        ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 1.5), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1), ("Lý", 0.5),
        ("Đinh", 0.8), ("Lò", 0.4), ("Nông", 0.5), ("Ma", 0.3), ("Hà", 0.6), ("Triệu", 0.3),
    ]);

    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Xuân", "Thanh"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh"];
    private static readonly string[] MaleGiven = ["Hùng", "Dũng", "Tuấn", "Nam", "Sơn", "Thành", "Cường", "Long", "Hải", "Trung", "Bình", "Phúc", "Quang", "Tâm", "Lực", "Kiên", "Thắng", "Hiếu"];
    private static readonly string[] FemaleGiven = ["Hoa", "Lan", "Mai", "Hương", "Hà", "Thảo", "Linh", "Nga", "Hằng", "Yến", "Nhung", "Loan", "Hạnh", "Phương", "Dung", "Trang", "Huệ", "Xuân"];

    public static string Person(Random r, bool female) =>
        $"{Surnames.Pick(r)} {Pick(r, female ? FemaleMiddle : MaleMiddle)} {Pick(r, female ? FemaleGiven : MaleGiven)}";

    /// <summary>What a product set's products are called (the place name is appended).</summary>
    public static readonly IReadOnlyDictionary<int, string[]> ProductHeads = new Dictionary<int, string[]>
    {
        [1] = ["Bí xanh thơm", "Cam sành", "Bưởi da xanh", "Vải thiều", "Nhãn lồng", "Na dai", "Dưa lưới", "Khoai lang mật", "Chuối tiêu hồng", "Thanh long ruột đỏ", "Rau cải mèo", "Măng tây", "Hồng không hạt", "Mận hậu", "Chanh leo", "Sầu riêng", "Bưởi Diễn", "Quýt vàng"],
        [2] = ["Gà đồi", "Lợn đen", "Trứng gà ri", "Sữa bò tươi", "Cá lăng", "Tôm càng xanh", "Bò vàng", "Vịt bầu", "Cá chép giòn", "Hàu sữa", "Ngao trắng"],
        [3] = ["Gạo nếp vải", "Gạo ST25", "Gạo tám thơm", "Gạo nếp cái hoa vàng", "Gạo lứt đỏ", "Gạo Séng Cù", "Hạt điều", "Lạc đỏ", "Đậu tương"],
        [4] = ["Mật ong", "Mật ong bạc hà", "Mật ong hoa nhãn", "Mật ong rừng", "Mật ong hoa cà phê", "Mật mía", "Nấm hương", "Mộc nhĩ"],
        [5] = ["Bánh chưng", "Nem chua", "Chả cá", "Bánh giầy", "Giò lụa", "Bánh mì"],
        [6] = ["Miến dong", "Bún khô", "Phở khô", "Bánh đa nem", "Bánh đa", "Cốm", "Bánh gạo", "Mì gạo", "Bánh tráng", "Hủ tiếu"],
        [7] = ["Mứt gừng", "Vải sấy", "Long nhãn", "Ô mai", "Măng khô", "Chuối sấy", "Hạt điều rang muối", "Tinh bột sắn dây", "Mít sấy", "Dưa cải muối"],
        [8] = ["Thịt trâu gác bếp", "Lạp xưởng", "Chả mực", "Cá khô", "Mực khô", "Tôm khô", "Giò bò", "Xúc xích", "Sữa chua", "Khô cá lóc"],
        [9] = ["Nước mắm", "Nước mắm cá cơm", "Nước mắm nhĩ", "Tương bần", "Tương ớt", "Mắm tôm", "Mắm tép", "Giấm gạo", "Tương nếp"],
        [10] = ["Muối tôm", "Hành tím", "Tỏi cô đơn", "Tiêu đen", "Muối ớt", "Ớt bột", "Quế", "Hoa hồi", "Muối mắc khén"],
        [11] = ["Chè", "Chè Shan tuyết", "Chè xanh", "Trà búp", "Chè móc câu", "Chè đinh", "Trà ô long"],
        [12] = ["Trà hoa vàng", "Trà atiso", "Trà giảo cổ lam", "Trà sen", "Trà gừng", "Trà hoa cúc", "Trà dây"],
        [13] = ["Cà phê rang xay", "Cà phê Robusta", "Cà phê Arabica", "Ca cao nguyên chất", "Sô cô la"],
        [14] = ["Rượu nếp cái hoa vàng", "Rượu ngô", "Rượu men lá", "Rượu cần", "Rượu nếp"],
        [15] = ["Rượu vang sim", "Rượu mơ", "Rượu chuối hột", "Rượu ba kích", "Rượu táo mèo"],
        [16] = ["Nước khoáng thiên nhiên", "Nước uống đóng chai", "Nước suối tinh khiết"],
        [17] = ["Nước cốt gừng", "Nước ép chanh leo", "Sữa đậu nành", "Nước yến", "Si rô dâu"],
        [18] = ["Cao atiso", "Viên nghệ mật ong", "Tinh bột nghệ", "Đông trùng hạ thảo", "Cao xương khớp", "Nấm linh chi"],
        [19] = ["Dầu gội thảo dược", "Xà phòng thảo mộc", "Son dưỡng", "Nước tắm lá thuốc", "Dầu dừa"],
        [20] = ["Tinh dầu sả chanh", "Tinh dầu quế", "Tinh dầu tràm", "Tinh dầu bưởi", "Tinh dầu hồi"],
        [21] = ["Mây tre đan", "Gốm", "Nón lá", "Chiếu cói", "Đồ gỗ mỹ nghệ", "Sơn mài", "Tranh thêu"],
        [22] = ["Thổ cẩm", "Lụa tơ tằm", "Khăn lụa", "Vải lanh", "Khăn thổ cẩm"],
        [23] = ["Hoa lan", "Hoa đào", "Hoa hồng", "Hoa cúc", "Lan hồ điệp"],
        [24] = ["Bonsai", "Quất cảnh", "Mai vàng", "Sanh cảnh"],
        [25] = ["Cá Koi", "Cá cảnh", "Chim cảnh"],
        [26] = ["Du lịch cộng đồng", "Điểm du lịch sinh thái", "Homestay", "Làng du lịch cộng đồng"],
    };

    /// <summary>The trade a producer's name carries, by its main product set.</summary>
    private static string Trade(int set) => set switch
    {
        <= 4 => "Nông nghiệp",
        <= 10 => "Chế biến nông sản",
        11 or 12 => "Chè",
        13 => "Cà phê",
        <= 17 => "Đồ uống",
        <= 20 => "Dược liệu",
        <= 22 => "Thủ công mỹ nghệ",
        <= 25 => "Sinh vật cảnh",
        _ => "Du lịch",
    };

    public static string ProductName(Random r, int set, string place) => $"{Pick(r, ProductHeads[set])} {place}";

    /// <summary>A producer's name after its legal form and main trade: "Hợp tác xã Nông nghiệp Ba Bể", "Công ty TNHH Chè Tân Cương" …</summary>
    public static string ProducerName(Random r, string legalForm, int mainSet, string place, string person)
    {
        var head = Pick(r, ProductHeads[mainSet]);
        return legalForm switch
        {
            "cooperative" => r.Next(3) switch
            {
                0 => $"Hợp tác xã {Trade(mainSet)} {place}",
                1 => $"Hợp tác xã {head} {place}",
                _ => $"Hợp tác xã Sản xuất và Kinh doanh {head} {place}",
            },
            "cooperative-group" => $"Tổ hợp tác {head} {place}",
            "sme" => r.Next(4) switch
            {
                0 => $"Công ty TNHH {head} {place}",
                1 => $"Công ty Cổ phần {Trade(mainSet)} {place}",
                2 => $"Công ty TNHH MTV {Trade(mainSet)} {place}",
                _ => $"Công ty TNHH Thương mại và Dịch vụ {head} {place}",
            },
            "farm" => $"Trang trại {head} {person}",
            "production-household" => $"Hộ sản xuất {head} {person}",
            _ => r.Next(2) == 0 ? $"Hộ kinh doanh {person}" : $"Cơ sở sản xuất {head} {person}",
        };
    }

    public static readonly string[] Hamlets = ["Thôn", "Xóm", "Bản", "Ấp", "Tổ dân phố"];

    public static T Pick<T>(Random r, IReadOnlyList<T> items) => items[r.Next(items.Count)];
}
