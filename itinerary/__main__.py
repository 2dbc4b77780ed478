from itinerary.cli import main

main()
